//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::deserialize2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Deserialize2Params {
    pub deserialize2: ::std::option::Option<::std::string::String>,
    pub deserialize3: ::std::option::Option<::std::string::String>,
    pub deserialize4: ::std::option::Option<::std::string::String>,
}
impl Deserialize2Params {
    /// Sets `deserialize2`.
    #[must_use]
    pub fn deserialize2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deserialize2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deserialize3`.
    #[must_use]
    pub fn deserialize3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deserialize3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deserialize4`.
    #[must_use]
    pub fn deserialize4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deserialize4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::deserialize2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Deserialize2OkHeaders {
    pub deserialize: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::deserialize2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Deserialize2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Deserialize2OkHeaders },
}
/// Documented error responses of [`super::Client::deserialize2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Deserialize2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::deserialize_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeserializePost2Error {}
impl super::Client {
    /// */ operation deserialize "#
    ///
    /// `GET /op204/{deserialize}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn deserialize2(
        &self,
        deserialize: &str,
        params: &Deserialize2Params,
    ) -> ::std::result::Result<Deserialize2Response, super::Error<Deserialize2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op204/");
        url.push_str(
            &super::runtime::path_param(
                "deserialize",
                &super::runtime::to_value("deserialize", &deserialize)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.deserialize2 {
            let v = super::runtime::to_value("deserialize", v)?;
            super::runtime::push_param(&mut query, "deserialize", &v, "form", true);
        }
        if let Some(v) = &params.deserialize3 {
            let v = super::runtime::to_value("deserialize", v)?;
            headers.push(("deserialize", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.deserialize4 {
            let v = super::runtime::to_value("deserialize", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "deserialize", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[204usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("deserialize2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "deserialize", method = "GET", path =
            "/op204/{deserialize}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("deserialize2", status, &response_headers);
        match status {
            200 => {
                let headers = Deserialize2OkHeaders {
                    deserialize: super::runtime::optional_header(
                        &response_headers,
                        "deserialize",
                        status,
                    )?,
                };
                Ok(Deserialize2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Deserialize2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Deserialize2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Deserialize2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op204/{deserialize}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn deserialize_post2(
        &self,
        deserialize: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<DeserializePost2Error>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op204/");
        url.push_str(
            &super::runtime::path_param(
                "deserialize",
                &super::runtime::to_value("deserialize", &deserialize)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("deserialize_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "deserialize_post", method = "POST", path =
            "/op204/{deserialize}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("deserialize_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        DeserializePost2Error,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}

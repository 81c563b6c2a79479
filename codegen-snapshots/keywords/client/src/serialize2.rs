//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::serialize2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Serialize2Params {
    pub serialize2: ::std::option::Option<::std::string::String>,
    pub serialize3: ::std::option::Option<::std::string::String>,
    pub serialize4: ::std::option::Option<::std::string::String>,
}
impl Serialize2Params {
    /// Sets `serialize2`.
    #[must_use]
    pub fn serialize2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serialize2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serialize3`.
    #[must_use]
    pub fn serialize3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serialize3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serialize4`.
    #[must_use]
    pub fn serialize4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serialize4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::serialize2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Serialize2OkHeaders {
    pub serialize: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::serialize2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Serialize2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Serialize2OkHeaders },
}
/// Documented error responses of [`super::Client::serialize2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Serialize2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::serialize_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum SerializePost2Error {}
impl super::Client {
    /// */ operation serialize "#
    ///
    /// `GET /op205/{serialize}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn serialize2(
        &self,
        serialize: &str,
        params: &Serialize2Params,
    ) -> ::std::result::Result<Serialize2Response, super::Error<Serialize2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op205/");
        url.push_str(
            &super::runtime::path_param(
                "serialize",
                &super::runtime::to_value("serialize", &serialize)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.serialize2 {
            let v = super::runtime::to_value("serialize", v)?;
            super::runtime::push_param(&mut query, "serialize", &v, "form", true);
        }
        if let Some(v) = &params.serialize3 {
            let v = super::runtime::to_value("serialize", v)?;
            headers.push(("serialize", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.serialize4 {
            let v = super::runtime::to_value("serialize", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "serialize", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[205usize]], &mut query, &mut headers, &mut cookies);
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
            .run_request_hooks("serialize2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "serialize", method = "GET", path =
            "/op205/{serialize}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("serialize2", status, &response_headers);
        match status {
            200 => {
                let headers = Serialize2OkHeaders {
                    serialize: super::runtime::optional_header(
                        &response_headers,
                        "serialize",
                        status,
                    )?,
                };
                Ok(Serialize2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Serialize2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Serialize2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Serialize2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op205/{serialize}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn serialize_post2(
        &self,
        serialize: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<SerializePost2Error>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op205/");
        url.push_str(
            &super::runtime::path_param(
                "serialize",
                &super::runtime::to_value("serialize", &serialize)?,
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
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("serialize_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "serialize_post", method = "POST", path =
            "/op205/{serialize}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("serialize_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        SerializePost2Error,
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

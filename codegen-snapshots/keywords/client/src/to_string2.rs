//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::to_string2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToString2Params {
    pub to_string2: ::std::option::Option<::std::string::String>,
    pub to_string3: ::std::option::Option<::std::string::String>,
    pub to_string4: ::std::option::Option<::std::string::String>,
}
impl ToString2Params {
    /// Sets `to_string2`.
    #[must_use]
    pub fn to_string2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_string2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `to_string3`.
    #[must_use]
    pub fn to_string3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_string3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `to_string4`.
    #[must_use]
    pub fn to_string4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_string4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::to_string2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToString2OkHeaders {
    pub to_string: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::to_string2`].
#[derive(Debug, Clone, PartialEq)]
pub enum ToString2Response {
    /// ok
    Ok { body: super::types::Everything, headers: ToString2OkHeaders },
}
/// Documented error responses of [`super::Client::to_string2`].
#[derive(Debug, Clone, PartialEq)]
pub enum ToString2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::to_string_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum ToStringPost2Error {}
impl super::Client {
    /// */ operation to_string "#
    ///
    /// `GET /op206/{to_string}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn to_string2(
        &self,
        to_string: &str,
        params: &ToString2Params,
    ) -> ::std::result::Result<ToString2Response, super::Error<ToString2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op206/");
        url.push_str(
            &super::runtime::path_param(
                "to_string",
                &super::runtime::to_value("to_string", &to_string)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.to_string2 {
            let v = super::runtime::to_value("to_string", v)?;
            super::runtime::push_param(&mut query, "to_string", &v, "form", true);
        }
        if let Some(v) = &params.to_string3 {
            let v = super::runtime::to_value("to_string", v)?;
            headers.push(("to_string", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.to_string4 {
            let v = super::runtime::to_value("to_string", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "to_string", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[206usize]], &mut query, &mut headers, &mut cookies);
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
            .run_request_hooks("to_string2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "to_string", method = "GET", path =
            "/op206/{to_string}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("to_string2", status, &response_headers);
        match status {
            200 => {
                let headers = ToString2OkHeaders {
                    to_string: super::runtime::optional_header(
                        &response_headers,
                        "to_string",
                        status,
                    )?,
                };
                Ok(ToString2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ToString2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ToString2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ToString2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op206/{to_string}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn to_string_post2(
        &self,
        to_string: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<ToStringPost2Error>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op206/");
        url.push_str(
            &super::runtime::path_param(
                "to_string",
                &super::runtime::to_value("to_string", &to_string)?,
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
            .run_request_hooks("to_string_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "to_string_post", method = "POST", path =
            "/op206/{to_string}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("to_string_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ToStringPost2Error,
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
